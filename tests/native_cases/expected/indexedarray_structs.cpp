#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct Gathered_0e8fba73
{
    wp::indexedarray_t<wp::float32> values;
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> points;
    wp::float32 scale;


    Gathered_0e8fba73() = default;
    CUDA_CALLABLE Gathered_0e8fba73(wp::indexedarray_t<wp::float32> const& values,
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> const& points = {},
    wp::float32 const& scale = {})
        : values{values}
        , points{points}
        , scale{scale}

    {
    }

    CUDA_CALLABLE Gathered_0e8fba73& operator += (const Gathered_0e8fba73& rhs)
    {    scale += rhs.scale;

        return *this;}

};

static CUDA_CALLABLE void adj_Gathered_0e8fba73(wp::indexedarray_t<wp::float32> const&,
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> const&,
    wp::float32 const&,
    wp::indexedarray_t<wp::float32> & adj_values,
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> & adj_points,
    wp::float32 & adj_scale,
    Gathered_0e8fba73 & adj_ret)
{
    adj_values = adj_ret.values;
    adj_points = adj_ret.points;
    adj_scale += adj_ret.scale;
}

// Required when compiling adjoints.
CUDA_CALLABLE Gathered_0e8fba73 add(const Gathered_0e8fba73& a, const Gathered_0e8fba73& b)
{
    return Gathered_0e8fba73();
}

CUDA_CALLABLE void adj_atomic_add(Gathered_0e8fba73* p, Gathered_0e8fba73 t)
{
    wp::adj_atomic_add(&p->values, t.values);
    wp::adj_atomic_add(&p->points, t.points);
    wp::adj_atomic_add(&p->scale, t.scale);
}




struct Outer_bdb06830
{
    Gathered_0e8fba73 inner;
    wp::int32 count;


    Outer_bdb06830() = default;
    CUDA_CALLABLE Outer_bdb06830(Gathered_0e8fba73 const& inner,
    wp::int32 const& count = {})
        : inner{inner}
        , count{count}

    {
    }

    CUDA_CALLABLE Outer_bdb06830& operator += (const Outer_bdb06830& rhs)
    {    inner += rhs.inner;
    count += rhs.count;

        return *this;}

};

static CUDA_CALLABLE void adj_Outer_bdb06830(Gathered_0e8fba73 const&,
    wp::int32 const&,
    Gathered_0e8fba73 & adj_inner,
    wp::int32 & adj_count,
    Outer_bdb06830 & adj_ret)
{
    adj_inner += adj_ret.inner;
    adj_count += adj_ret.count;
}

// Required when compiling adjoints.
CUDA_CALLABLE Outer_bdb06830 add(const Outer_bdb06830& a, const Outer_bdb06830& b)
{
    return Outer_bdb06830();
}

CUDA_CALLABLE void adj_atomic_add(Outer_bdb06830* p, Outer_bdb06830 t)
{
    adj_atomic_add(&p->inner, t.inner);
    wp::adj_atomic_add(&p->count, t.count);
}



struct wp_args_read_struct_2022db49 {
    Gathered_0e8fba73 g;
    Outer_bdb06830 o;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void read_struct_2022db49_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_read_struct_2022db49 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    Gathered_0e8fba73 var_g = _wp_args->g;
    Outer_bdb06830 var_o = _wp_args->o;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::indexedarray_t<wp::float32>* var_1;
    wp::float32* var_2;
    wp::indexedarray_t<wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    Gathered_0e8fba73* var_8;
    wp::indexedarray_t<wp::vec_t<3, wp::float32>>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    Gathered_0e8fba73* var_15;
    wp::indexedarray_t<wp::float32>* var_16;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    wp::shape_t var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def read_struct(g: Gathered, o: Outer, out: wp.array[float]):                          <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // out[i] = g.values[i] * g.scale + wp.length(o.inner.points[i]) + float(o.inner.values.shape[0])       <L 20>
    var_1 = &((var_g).values);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_4 = &((var_g).scale);
    var_6 = wp::load(var_2);
    var_7 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_7);
    var_8 = &((var_o).inner);
    var_9 = &(((var_o).inner).points);
    var_11 = wp::load(var_9);
    var_10 = wp::address(var_11, var_0);
    var_13 = wp::load(var_10);
    var_12 = wp::length(var_13);
    var_14 = wp::add(var_5, var_12);
    var_15 = &((var_o).inner);
    var_16 = &(((var_o).inner).values);
    var_17 = &(var_16->shape);
    var_20 = wp::load(var_17);
    var_19 = wp::extract(var_20, var_18);
    var_21 = wp::float(var_19);
    var_22 = wp::add(var_14, var_21);
    wp::array_store(var_out, var_0, var_22);
}



template <bool wp_linear_contiguous>
static void read_struct_2022db49_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_read_struct_2022db49 *_wp_args,
    wp_args_read_struct_2022db49 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    Gathered_0e8fba73 var_g = _wp_args->g;
    Outer_bdb06830 var_o = _wp_args->o;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    Gathered_0e8fba73 adj_g = _wp_adj_args->g;
    Outer_bdb06830 adj_o = _wp_adj_args->o;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::indexedarray_t<wp::float32>* var_1;
    wp::float32* var_2;
    wp::indexedarray_t<wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    Gathered_0e8fba73* var_8;
    wp::indexedarray_t<wp::vec_t<3, wp::float32>>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    Gathered_0e8fba73* var_15;
    wp::indexedarray_t<wp::float32>* var_16;
    wp::shape_t* var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    wp::shape_t var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::indexedarray_t<wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::indexedarray_t<wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    Gathered_0e8fba73 adj_8 = {};
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    Gathered_0e8fba73 adj_15 = {};
    wp::indexedarray_t<wp::float32> adj_16 = {};
    wp::shape_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def read_struct(g: Gathered, o: Outer, out: wp.array[float]):                          <L 18>
    // i = wp.tid()                                                                           <L 19>
    var_0 = builtin_tid1d();
    // out[i] = g.values[i] * g.scale + wp.length(o.inner.points[i]) + float(o.inner.values.shape[0])       <L 20>
    var_1 = &((var_g).values);
    var_3 = wp::load(var_1);
    var_2 = wp::address(var_3, var_0);
    var_4 = &((var_g).scale);
    var_6 = wp::load(var_2);
    var_7 = wp::load(var_4);
    var_5 = wp::mul(var_6, var_7);
    var_8 = &((var_o).inner);
    var_9 = &(((var_o).inner).points);
    var_11 = wp::load(var_9);
    var_10 = wp::address(var_11, var_0);
    var_13 = wp::load(var_10);
    var_12 = wp::length(var_13);
    var_14 = wp::add(var_5, var_12);
    var_15 = &((var_o).inner);
    var_16 = &(((var_o).inner).values);
    var_17 = &(var_16->shape);
    var_20 = wp::load(var_17);
    var_19 = wp::extract(var_20, var_18);
    var_21 = wp::float(var_19);
    var_22 = wp::add(var_14, var_21);
    // wp::array_store(var_out, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_22, adj_out, adj_0, adj_22);
    wp::adj_add(var_14, var_21, adj_14, adj_21, adj_22);
    wp::adj_float(var_19, adj_19, adj_21);
    adj_16.shape = adj_17;
    adj_15.values = adj_16;
    adj_o.inner += adj_15;
    wp::adj_add(var_5, var_12, adj_5, adj_12, adj_14);
    wp::adj_length(var_13, var_12, adj_10, adj_12);
    wp::adj_address(var_11, var_0, adj_9, adj_0, adj_10);
    adj_8.points = adj_9;
    adj_o.inner += adj_8;
    wp::adj_mul(var_6, var_7, adj_2, adj_4, adj_5);
    adj_g.scale += adj_4;
    wp::adj_address(var_3, var_0, adj_1, adj_0, adj_2);
    adj_g.values = adj_1;
    // adj: out[i] = g.values[i] * g.scale + wp.length(o.inner.points[i]) + float(o.inner.values.shape[0])  <L 20>
    // adj: i = wp.tid()                                                                      <L 19>
    // adj: def read_struct(g: Gathered, o: Outer, out: wp.array[float]):                     <L 18>
    return;
}



struct read_struct_2022db49_cpu_block_payload_forward
{
    wp_args_read_struct_2022db49* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void read_struct_2022db49_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    read_struct_2022db49_cpu_block_payload_forward* payload = (read_struct_2022db49_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    read_struct_2022db49_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void read_struct_2022db49_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_read_struct_2022db49 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        read_struct_2022db49_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &read_struct_2022db49_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct read_struct_2022db49_cpu_block_payload_backward
{
    wp_args_read_struct_2022db49* args;
    wp_args_read_struct_2022db49* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void read_struct_2022db49_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    read_struct_2022db49_cpu_block_payload_backward* payload = (read_struct_2022db49_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    read_struct_2022db49_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void read_struct_2022db49_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_read_struct_2022db49 *_wp_args,
    wp_args_read_struct_2022db49 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        read_struct_2022db49_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &read_struct_2022db49_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_read_struct_array_ac04242c {
    wp::array_t<Gathered_0e8fba73> gs;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void read_struct_array_ac04242c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_read_struct_array_ac04242c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<Gathered_0e8fba73> var_gs = _wp_args->gs;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    Gathered_0e8fba73* var_2;
    wp::indexedarray_t<wp::float32>* var_3;
    wp::float32* var_4;
    wp::indexedarray_t<wp::float32> var_5;
    const wp::int32 var_6 = 0;
    Gathered_0e8fba73* var_7;
    wp::indexedarray_t<wp::vec_t<3, wp::float32>>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def read_struct_array(gs: wp.array[Gathered], out: wp.array[float]):                   <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // out[i] = gs[0].values[i] + gs[0].points[i][1]                                          <L 26>
    var_2 = wp::address(var_gs, var_1);
    var_3 = &(((*wp::address(var_gs, var_1))).values);
    var_5 = wp::load(var_3);
    var_4 = wp::address(var_5, var_0);
    var_7 = wp::address(var_gs, var_6);
    var_8 = &(((*wp::address(var_gs, var_6))).points);
    var_10 = wp::load(var_8);
    var_9 = wp::address(var_10, var_0);
    var_13 = wp::load(var_9);
    var_12 = wp::extract(var_13, var_11);
    var_15 = wp::load(var_4);
    var_14 = wp::add(var_15, var_12);
    wp::array_store(var_out, var_0, var_14);
}



template <bool wp_linear_contiguous>
static void read_struct_array_ac04242c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_read_struct_array_ac04242c *_wp_args,
    wp_args_read_struct_array_ac04242c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<Gathered_0e8fba73> var_gs = _wp_args->gs;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<Gathered_0e8fba73> adj_gs = _wp_adj_args->gs;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    Gathered_0e8fba73* var_2;
    wp::indexedarray_t<wp::float32>* var_3;
    wp::float32* var_4;
    wp::indexedarray_t<wp::float32> var_5;
    const wp::int32 var_6 = 0;
    Gathered_0e8fba73* var_7;
    wp::indexedarray_t<wp::vec_t<3, wp::float32>>* var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    Gathered_0e8fba73 adj_2 = {};
    wp::indexedarray_t<wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::indexedarray_t<wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    Gathered_0e8fba73 adj_7 = {};
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::indexedarray_t<wp::vec_t<3, wp::float32>> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def read_struct_array(gs: wp.array[Gathered], out: wp.array[float]):                   <L 24>
    // i = wp.tid()                                                                           <L 25>
    var_0 = builtin_tid1d();
    // out[i] = gs[0].values[i] + gs[0].points[i][1]                                          <L 26>
    var_2 = wp::address(var_gs, var_1);
    var_3 = &(((*wp::address(var_gs, var_1))).values);
    var_5 = wp::load(var_3);
    var_4 = wp::address(var_5, var_0);
    var_7 = wp::address(var_gs, var_6);
    var_8 = &(((*wp::address(var_gs, var_6))).points);
    var_10 = wp::load(var_8);
    var_9 = wp::address(var_10, var_0);
    var_13 = wp::load(var_9);
    var_12 = wp::extract(var_13, var_11);
    var_15 = wp::load(var_4);
    var_14 = wp::add(var_15, var_12);
    // wp::array_store(var_out, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_14, adj_out, adj_0, adj_14);
    wp::adj_add(var_15, var_12, adj_4, adj_12, adj_14);
    wp::adj_extract(var_13, var_11, adj_9, adj_11, adj_12);
    wp::adj_address(var_10, var_0, adj_8, adj_0, adj_9);
    adj_7.points = adj_8;
    wp::adj_address(var_gs, var_6, adj_gs, adj_6, adj_7);
    wp::adj_address(var_5, var_0, adj_3, adj_0, adj_4);
    adj_2.values = adj_3;
    wp::adj_address(var_gs, var_1, adj_gs, adj_1, adj_2);
    // adj: out[i] = gs[0].values[i] + gs[0].points[i][1]                                     <L 26>
    // adj: i = wp.tid()                                                                      <L 25>
    // adj: def read_struct_array(gs: wp.array[Gathered], out: wp.array[float]):              <L 24>
    return;
}



struct read_struct_array_ac04242c_cpu_block_payload_forward
{
    wp_args_read_struct_array_ac04242c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void read_struct_array_ac04242c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    read_struct_array_ac04242c_cpu_block_payload_forward* payload = (read_struct_array_ac04242c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    read_struct_array_ac04242c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void read_struct_array_ac04242c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_read_struct_array_ac04242c *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        read_struct_array_ac04242c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &read_struct_array_ac04242c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct read_struct_array_ac04242c_cpu_block_payload_backward
{
    wp_args_read_struct_array_ac04242c* args;
    wp_args_read_struct_array_ac04242c* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void read_struct_array_ac04242c_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    read_struct_array_ac04242c_cpu_block_payload_backward* payload = (read_struct_array_ac04242c_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    read_struct_array_ac04242c_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void read_struct_array_ac04242c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_read_struct_array_ac04242c *_wp_args,
    wp_args_read_struct_array_ac04242c *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        read_struct_array_ac04242c_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &read_struct_array_ac04242c_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_write_struct_eb8ffec6 {
    Gathered_0e8fba73 g;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void write_struct_eb8ffec6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_write_struct_eb8ffec6 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    Gathered_0e8fba73 var_g = _wp_args->g;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 2.0;
    wp::indexedarray_t<wp::float32>* var_2;
    wp::float32* var_3;
    wp::indexedarray_t<wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::indexedarray_t<wp::float32>* var_7;
    wp::indexedarray_t<wp::float32> var_8;
    wp::indexedarray_t<wp::float32>* var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::indexedarray_t<wp::float32> var_12;
    wp::float32 var_13;
    wp::indexedarray_t<wp::float32>* var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::indexedarray_t<wp::float32> var_17;
    //---------
    // forward
    // def write_struct(g: Gathered, out: wp.array[float]):                                   <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // g.values[i] = 2.0 * g.values[i]                                                        <L 32>
    var_2 = &((var_g).values);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_4, var_0);
    var_6 = wp::load(var_3);
    var_5 = wp::mul(var_1, var_6);
    var_7 = &((var_g).values);
    var_8 = wp::load(var_7);
    wp::array_store(var_8, var_0, var_5);
    // g.values[i] += out[i]                                                                  <L 33>
    var_9 = &((var_g).values);
    var_10 = wp::address(var_out, var_0);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::atomic_add(var_12, var_0, var_13);
    // wp.atomic_add(g.values, i, 1.0)                                                        <L 34>
    var_14 = &((var_g).values);
    var_17 = wp::load(var_14);
    var_16 = wp::atomic_add(var_17, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void write_struct_eb8ffec6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_write_struct_eb8ffec6 *_wp_args,
    wp_args_write_struct_eb8ffec6 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    Gathered_0e8fba73 var_g = _wp_args->g;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    Gathered_0e8fba73 adj_g = _wp_adj_args->g;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 2.0;
    wp::indexedarray_t<wp::float32>* var_2;
    wp::float32* var_3;
    wp::indexedarray_t<wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::indexedarray_t<wp::float32>* var_7;
    wp::indexedarray_t<wp::float32> var_8;
    wp::indexedarray_t<wp::float32>* var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::indexedarray_t<wp::float32> var_12;
    wp::float32 var_13;
    wp::indexedarray_t<wp::float32>* var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::indexedarray_t<wp::float32> var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::indexedarray_t<wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::indexedarray_t<wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::indexedarray_t<wp::float32> adj_7 = {};
    wp::indexedarray_t<wp::float32> adj_8 = {};
    wp::indexedarray_t<wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::indexedarray_t<wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::indexedarray_t<wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::indexedarray_t<wp::float32> adj_17 = {};
    //---------
    // forward
    // def write_struct(g: Gathered, out: wp.array[float]):                                   <L 30>
    // i = wp.tid()                                                                           <L 31>
    var_0 = builtin_tid1d();
    // g.values[i] = 2.0 * g.values[i]                                                        <L 32>
    var_2 = &((var_g).values);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_4, var_0);
    var_6 = wp::load(var_3);
    var_5 = wp::mul(var_1, var_6);
    var_7 = &((var_g).values);
    var_8 = wp::load(var_7);
    // wp::array_store(var_8, var_0, var_5);
    // g.values[i] += out[i]                                                                  <L 33>
    var_9 = &((var_g).values);
    var_10 = wp::address(var_out, var_0);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    // var_11 = wp::atomic_add(var_12, var_0, var_13);
    // wp.atomic_add(g.values, i, 1.0)                                                        <L 34>
    var_14 = &((var_g).values);
    var_17 = wp::load(var_14);
    // var_16 = wp::atomic_add(var_17, var_0, var_15);
    //---------
    // reverse
    wp::adj_atomic_add(var_17, var_0, var_15, adj_14, adj_0, adj_15, adj_16);
    adj_g.values = adj_14;
    // adj: wp.atomic_add(g.values, i, 1.0)                                                   <L 34>
    wp::adj_atomic_add(var_12, var_0, var_13, adj_9, adj_0, adj_10, adj_11);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_10);
    adj_g.values = adj_9;
    // adj: g.values[i] += out[i]                                                             <L 33>
    wp::adj_array_store(var_8, var_0, var_5, adj_7, adj_0, adj_5);
    adj_g.values = adj_7;
    wp::adj_mul(var_1, var_6, adj_1, adj_3, adj_5);
    wp::adj_address(var_4, var_0, adj_2, adj_0, adj_3);
    adj_g.values = adj_2;
    // adj: g.values[i] = 2.0 * g.values[i]                                                   <L 32>
    // adj: i = wp.tid()                                                                      <L 31>
    // adj: def write_struct(g: Gathered, out: wp.array[float]):                              <L 30>
    return;
}



struct write_struct_eb8ffec6_cpu_block_payload_forward
{
    wp_args_write_struct_eb8ffec6* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void write_struct_eb8ffec6_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    write_struct_eb8ffec6_cpu_block_payload_forward* payload = (write_struct_eb8ffec6_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    write_struct_eb8ffec6_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void write_struct_eb8ffec6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_write_struct_eb8ffec6 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        write_struct_eb8ffec6_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &write_struct_eb8ffec6_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct write_struct_eb8ffec6_cpu_block_payload_backward
{
    wp_args_write_struct_eb8ffec6* args;
    wp_args_write_struct_eb8ffec6* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void write_struct_eb8ffec6_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    write_struct_eb8ffec6_cpu_block_payload_backward* payload = (write_struct_eb8ffec6_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    write_struct_eb8ffec6_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void write_struct_eb8ffec6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_write_struct_eb8ffec6 *_wp_args,
    wp_args_write_struct_eb8ffec6 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        write_struct_eb8ffec6_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &write_struct_eb8ffec6_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

